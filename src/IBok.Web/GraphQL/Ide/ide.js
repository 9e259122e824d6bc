// The iBOK GraphQL IDE: sends the form as a GraphQL-over-HTTP POST and shows the schema's SDL.
// Loaded as a file (never inline) so the page works under "Content-Security-Policy: default-src 'self'".
"use strict";

(function () {
  const endpoint = document.documentElement.dataset.endpoint;
  const form = document.getElementById("request-form");
  const query = document.getElementById("query");
  const operationName = document.getElementById("operation-name");
  const variables = document.getElementById("variables");
  const token = document.getElementById("token");
  const headers = document.getElementById("headers");
  const run = document.getElementById("run");
  const status = document.getElementById("status");
  const result = document.getElementById("result");
  const schema = document.getElementById("schema");
  const schemaSearch = document.getElementById("schema-search");
  const schemaStatus = document.getElementById("schema-status");
  let schemaBlocks = [];

  function parseJsonObject(text, what) {
    if (text.trim() === "") {
      return undefined;
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new Error(what + " are not valid JSON: " + error.message);
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new Error(what + " must be a JSON object.");
    }
    return value;
  }

  function showStatus(text, isError) {
    status.textContent = text;
    status.classList.toggle("error", isError);
  }

  async function execute() {
    let body;
    const requestHeaders = {
      "Content-Type": "application/json",
      "Accept": "application/graphql-response+json, application/json;q=0.9",
    };
    try {
      body = { query: query.value };
      if (operationName.value.trim() !== "") {
        body.operationName = operationName.value.trim();
      }
      const variableValues = parseJsonObject(variables.value, "Variables");
      if (variableValues !== undefined) {
        body.variables = variableValues;
      }
      Object.assign(requestHeaders, parseJsonObject(headers.value, "Extra headers") || {});
      if (token.value.trim() !== "") {
        requestHeaders.Authorization = "Bearer " + token.value.trim();
      }
    } catch (error) {
      showStatus(error.message, true);
      return;
    }

    run.disabled = true;
    showStatus("Running…", false);
    const started = performance.now();
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: requestHeaders,
        body: JSON.stringify(body),
        credentials: "same-origin",
      });
      const text = await response.text();
      const elapsed = Math.round(performance.now() - started);
      let shown = text;
      try {
        shown = JSON.stringify(JSON.parse(text), null, 2);
      } catch (ignored) {
        // Not JSON (e.g. a proxy's error page): show it as it came.
      }
      result.textContent = shown;
      showStatus("HTTP " + response.status + " in " + elapsed + " ms.", !response.ok);
    } catch (error) {
      result.textContent = "";
      showStatus("The request failed: " + error.message, true);
    } finally {
      run.disabled = false;
    }
  }

  function showSchema() {
    const term = schemaSearch.value.trim().toLowerCase();
    const shown = term === "" ? schemaBlocks : schemaBlocks.filter((block) => block.toLowerCase().includes(term));
    schema.textContent = shown.join("\n\n");
    schemaStatus.textContent = term === ""
      ? schemaBlocks.length + " definitions."
      : shown.length + " of " + schemaBlocks.length + " definitions match \"" + schemaSearch.value.trim() + "\".";
  }

  async function loadSchema() {
    try {
      const response = await fetch(endpoint + "/schema.graphql", { credentials: "same-origin" });
      if (!response.ok) {
        throw new Error("HTTP " + response.status);
      }
      const sdl = await response.text();
      schemaBlocks = sdl.trim() === "" ? [] : sdl.trim().split(/\n\n+/);
      showSchema();
    } catch (error) {
      schemaStatus.textContent = "The schema could not be loaded: " + error.message;
      schemaStatus.classList.add("error");
    }
  }

  function prefillFromAddress() {
    const parameters = new URLSearchParams(window.location.search);
    if (parameters.get("query")) {
      query.value = parameters.get("query");
    }
    if (parameters.get("operationName")) {
      operationName.value = parameters.get("operationName");
    }
    if (parameters.get("variables")) {
      variables.value = parameters.get("variables");
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    execute();
  });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      execute();
    }
  });
  schemaSearch.addEventListener("input", showSchema);

  prefillFromAddress();
  loadSchema();
})();
