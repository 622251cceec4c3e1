import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';

const noElectronOrDom = {
  patterns: [
    { group: ['electron', 'electron/*', 'electron-store'], message: 'shared/ runs in every host: no Electron imports.' },
    { group: ['node:*', 'fs', 'path', 'os', 'http', 'crypto'], message: 'shared/ runs in the renderer too: no Node built-ins.' },
    { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither process side.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  // Process boundaries you can see: each side imports only shared/ from the others.
  { files: ['shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', noElectronOrDom] } },
  {
    files: ['renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', '**/electron/**', 'node:*'], message: 'The renderer talks to main only through renderer/src/ipc/client.ts.' }] },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Main never imports renderer code.' }] }],
    },
  },
);
