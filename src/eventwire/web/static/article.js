// The article view: a click on a marked word or a code shows its record; with --allow-edits an event can be
// corrected. Records come from the JSON data block and are written with textContent, never as markup.
(function () {
  "use strict";
  var data = document.getElementById("records");
  var records = data ? JSON.parse(data.textContent) : {};
  var panel = document.getElementById("details");
  var edits = document.body.getAttribute("data-edits") === "1";
  var ORDER = ["event", "actor", "time", "place", "cue", "quote"];
  var TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
               "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function field(label, input) {
    var row = el("label", label);
    row.appendChild(input);
    return row;
  }

  function correctionForm(record) {
    var form = el("form", null, "correct-form");
    form.appendChild(el("strong", "Correct this event"));
    var type = el("select");
    type.name = "type";
    type.appendChild(el("option", "(keep " + record.event + ")"));
    type.firstChild.value = "";
    TYPES.forEach(function (t) { var o = el("option", t); o.value = t; type.appendChild(o); });
    var inputs = { type: type };
    ["cameo", "source", "target", "why", "user"].forEach(function (name) {
      var input = el("input");
      input.name = name;
      input.placeholder = name === "cameo" ? "e.g. 112" : (name === "why" ? "reason" : "");
      inputs[name] = input;
    });
    var wrong = el("input");
    wrong.type = "checkbox";
    wrong.name = "wrong";
    form.appendChild(field("Type", type));
    form.appendChild(field("CAMEO", inputs.cameo));
    form.appendChild(field("Source", inputs.source));
    form.appendChild(field("Target", inputs.target));
    form.appendChild(field("Not an event", wrong));
    form.appendChild(field("Why", inputs.why));
    form.appendChild(field("Your name", inputs.user));
    var button = el("button", "Save correction");
    button.type = "submit";
    form.appendChild(button);
    var status = el("p", "", "status");
    form.appendChild(status);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var article = document.getElementById("text").getAttribute("data-article");
      var body = { article_id: article, event_id: record.id };
      ["type", "cameo", "source", "target", "why", "user"].forEach(function (name) {
        if (inputs[name].value.trim()) body[name] = inputs[name].value.trim();
      });
      if (wrong.checked) body.wrong = true;
      fetch("/api/corrections", { method: "POST", headers: { "Content-Type": "application/json" },
                                  body: JSON.stringify(body) })
        .then(function (response) { return response.json().then(function (json) { return [response, json]; }); })
        .then(function (pair) {
          if (pair[0].ok) { status.textContent = "Saved."; window.location.hash = record.id; window.location.reload(); }
          else { status.textContent = pair[1].error || "refused"; status.className = "status bad"; }
        })
        .catch(function (error) { status.textContent = String(error); status.className = "status bad"; });
    });
    return form;
  }

  function show(ref) {
    var record = records[ref];
    if (!record || !panel) return;
    document.querySelectorAll(".selected").forEach(function (n) { n.classList.remove("selected"); });
    document.querySelectorAll("[data-refs]").forEach(function (n) {
      if (n.getAttribute("data-refs").split(" ").indexOf(ref) >= 0) n.classList.add("selected");
    });
    panel.textContent = "";
    panel.appendChild(el("h2", record.kind + (record.id ? " " + record.id : "")));
    var table = el("table");
    Object.keys(record).forEach(function (key) {
      var value = record[key];
      if (key === "kind" || key === "corrected" || value === null || value === "" || value === undefined) return;
      if (Array.isArray(value)) value = value.join(", ");
      var row = el("tr");
      row.appendChild(el("th", key));
      row.appendChild(el("td", value));
      table.appendChild(row);
    });
    panel.appendChild(table);
    if (record.corrected && record.corrected.length) {
      panel.appendChild(el("h3", "Corrections"));
      var list = el("ul", null, "history");
      record.corrected.forEach(function (c) {
        list.appendChild(el("li", c.at + " " + c.by + ": " + c.change + (c.why ? " (" + c.why + ")" : "")));
      });
      panel.appendChild(list);
    }
    if (record.kind === "event" && edits) panel.appendChild(correctionForm(record));
  }

  function best(refs) {
    return refs.slice().sort(function (a, b) {
      return ORDER.indexOf(a.split(":")[0]) - ORDER.indexOf(b.split(":")[0]);
    })[0];
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-refs]") : null;
    if (!target) return;
    show(best(target.getAttribute("data-refs").split(" ")));
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.matches && event.target.matches("sup.label")) {
      show(best(event.target.getAttribute("data-refs").split(" ")));
    }
  });
  if (window.location.hash.length > 1) show("event:" + decodeURIComponent(window.location.hash.slice(1)));
})();
