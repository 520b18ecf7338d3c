/** Hand a file the app fetched to the browser, which saves it as `filename`. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started reading it; the address is not needed any more.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
