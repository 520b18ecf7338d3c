import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Django serves the built app: dist/index.html for `/` and every `/app/...` path, and the
// hashed files of dist/assets/ under /static/. The dev server serves from `/` and forwards
// the API and the auth API to a running Django.
const djangoOrigin = process.env.DJANGO_ORIGIN ?? "http://127.0.0.1:8000";

export default defineConfig(({ command }) => ({
  base: command === "build" ? "/static/" : "/",
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/api": { target: djangoOrigin, changeOrigin: false },
      "/_allauth": { target: djangoOrigin, changeOrigin: false },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/testing/setup.ts"],
    restoreMocks: true,
    css: false,
    // jsdom on a 2-core machine: typing through Mantine forms is slow, not stuck.
    testTimeout: 20_000,
  },
}));
