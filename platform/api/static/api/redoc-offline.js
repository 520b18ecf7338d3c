// Redoc's sidebar credit shows a logo from its makers' CDN, with no option to turn it off.
// This page loads nothing from elsewhere (it works offline and under the CSP), so an image
// never gets a remote address: it fails at once, and Redoc hides a logo that fails to load.
(() => {
  const remote = (value) => /^(https?:)?\/\//.test(String(value));
  const refuse = (image) => queueMicrotask(() => image.dispatchEvent(new Event("error")));

  const src = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, "src");
  Object.defineProperty(HTMLImageElement.prototype, "src", {
    ...src,
    set(value) {
      if (remote(value)) refuse(this);
      else src.set.call(this, value);
    },
  });

  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (name, value) {
    if (this instanceof HTMLImageElement && name.toLowerCase() === "src" && remote(value)) {
      refuse(this);
      return;
    }
    setAttribute.call(this, name, value);
  };
})();
