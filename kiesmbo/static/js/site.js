// Keep shared search URLs short: htmx leaves out empty form fields.
document.addEventListener("htmx:configRequest", (event) => {
  const parameters = event.detail.parameters;
  for (const [name, value] of Array.from(parameters.entries ? parameters.entries() : Object.entries(parameters))) {
    if (value === "") {
      parameters.delete ? parameters.delete(name) : delete parameters[name];
    }
  }
});
