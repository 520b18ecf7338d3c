// @ts-check
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { flatConfigs as importConfigs } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { configs as tsConfigs } from "typescript-eslint";

const FEATURES = [
  "auth",
  "organizations",
  "people",
  "regions",
  "audit",
  "chapters",
  "categories",
  "directory",
  "meetings",
  "visitors",
  "applications",
  "invitations",
  "roster",
  "help",
  "notifications",
];

// The bulletproof-react rule of direction: app -> features -> shared code, never back, and
// features never reach into one another (the app composes them).
const layers = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features do not import each other; compose them in src/app.",
  })),
  {
    target: "./src/features",
    from: "./src/app",
    message: "Features do not import the app; the app imports features.",
  },
  {
    target: ["./src/components", "./src/lib", "./src/config", "./src/testing"],
    from: ["./src/features", "./src/app"],
    message: "Shared code (components, lib, config, testing) imports no feature and not the app.",
  },
];

export default defineConfig(
  { ignores: ["dist/", "node_modules/", "src/lib/api/schema.d.ts"] },
  js.configs.recommended,
  tsConfigs.recommendedTypeChecked,
  importConfigs.recommended,
  importConfigs.typescript,
  {
    languageOptions: {
      parserOptions: {
        project: ["./tsconfig.json", "./tsconfig.node.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    settings: {
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones: layers }],
      "import-x/no-cycle": "error",
      "import-x/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", "parent", "sibling", "index"],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          "newlines-between": "always",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["vite.config.ts", "eslint.config.js", "scripts/**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
);
