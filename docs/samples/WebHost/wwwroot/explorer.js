// The explorer's one script, no dependencies. It adds and removes injury rows, and checks what it can before the
// form is sent (required fields, dates written yyyy-MM-dd that exist, whole months), showing each error beside its
// field as the server does. The library checks everything again when the case arrives; its word is the last.
"use strict";

(function () {
    const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // The library's messages for a date (Bars.Policy's IsoDate), so the page reads the same before and after sending.
    function dateError(text) {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        if (!m) return "must be a date written yyyy-MM-dd.";
        const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
        let why = null;
        if (year === 0) why = "there is no year 0000";
        else if (month < 1 || month > 12) why = "there is no month " + m[2];
        else if (day === 0) why = "there is no day 00";
        else {
            const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
            if (day > days) why = MONTHS[month - 1] + " " + m[1] + " has " + days + " days";
        }
        return why === null ? null : text + " is written yyyy-MM-dd but does not exist: " + why + ".";
    }

    function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }

    function valueOf(el) {
        if (el.tagName === "FIELDSET") {
            const checked = el.querySelector("input:checked");
            return checked ? checked.value : "";
        }
        return el.value.trim();
    }

    function errorOf(el) {
        const value = valueOf(el);
        const kind = el.dataset.kind;
        if (value === "") {
            if (!el.dataset.required) return null;
            switch (kind) {
                case "date": return "is required, written yyyy-MM-dd.";
                case "region": return "is required: one of " + Array.from(el.options).map(o => o.value).filter(v => v).join(", ") + ".";
                case "choice": return "is required: " + Array.from(el.querySelectorAll("input")).map(i => i.value).join(" or ") + ".";
                default: return "is required.";
            }
        }
        if (kind === "date") return dateError(value);
        if (kind === "months") {
            if (!/^[+-]?\d+$/.test(value)) return "must be a whole number of months.";
            if (Number(value) <= 0) return "must be a positive number of months; got " + Number(value) + ".";
        }
        return null;
    }

    function labelOf(el) {
        if (el.tagName === "FIELDSET") return el.querySelector("legend").textContent.trim();
        const label = document.querySelector("label[for='" + el.id + "']");
        const row = el.closest(".injury");
        const text = label ? label.textContent.replace(/\s*\(optional\)$/, "").trim() : el.name;
        return row ? row.querySelector("legend").textContent.trim() + ", " + text.toLowerCase() : text;
    }

    function clearErrors(form) {
        form.querySelectorAll(".field-error").forEach(p => { p.hidden = true; p.textContent = ""; });
        form.querySelectorAll("[aria-invalid]").forEach(el => el.removeAttribute("aria-invalid"));
        form.querySelectorAll(".field-invalid").forEach(el => el.classList.remove("field-invalid"));
    }

    function showErrors(errors) {
        const summary = document.getElementById("error-summary");
        const list = document.getElementById("error-list");
        list.replaceChildren();
        for (const { el, message } of errors) {
            const p = document.getElementById(el.id + "-error");
            p.textContent = message;
            p.hidden = false;
            el.setAttribute("aria-invalid", "true");
            (el.closest(".field") || el).classList.add("field-invalid");
            const a = document.createElement("a");
            a.href = "#" + el.id;
            a.textContent = labelOf(el) + ": " + message;
            const li = document.createElement("li");
            li.append(a);
            list.append(li);
        }
        summary.hidden = false;
        summary.focus();
    }

    // Rows are numbered as the contract counts them (injuries[0], injuries[1], …), in ids and names alike.
    function renumber(list) {
        list.querySelectorAll(".injury").forEach((row, i) => {
            for (const el of [row, ...row.querySelectorAll("*")]) {
                for (const attr of ["id", "for", "aria-describedby"]) {
                    const v = el.getAttribute(attr);
                    if (v) el.setAttribute(attr, v.replace(/injuries-\d+/g, "injuries-" + i));
                }
                const name = el.getAttribute("name");
                if (name) el.setAttribute("name", name.replace(/injuries\[\d+\]/, "injuries[" + i + "]"));
            }
            row.querySelectorAll(".injury-number").forEach(n => { n.textContent = String(i + 1); });
        });
    }

    function setUp() {
        const form = document.getElementById("case-form");
        if (!form) return;
        const list = document.getElementById("injury-list");
        const template = document.getElementById("injury-template");
        const add = document.getElementById("add-injury");
        add.hidden = false;

        add.addEventListener("click", () => {
            const row = template.content.querySelector(".injury").cloneNode(true);
            list.append(row);
            renumber(list);
            row.querySelector("input[type=text]").focus();
        });

        list.addEventListener("click", event => {
            const button = event.target.closest(".remove-injury");
            if (!button) return;
            const row = button.closest(".injury");
            const next = row.nextElementSibling;
            row.remove();
            renumber(list);
            (next ? next.querySelector("input[type=text]") : add).focus();
        });

        form.addEventListener("submit", event => {
            clearErrors(form);
            const errors = [];
            form.querySelectorAll("[data-kind]").forEach(el => {
                const message = errorOf(el);
                if (message) errors.push({ el, message });
            });
            if (errors.length > 0) {
                event.preventDefault();
                showErrors(errors);
            }
        });

        // A link of the error summary moves the focus to its field, not only the view.
        document.getElementById("error-summary").addEventListener("click", event => {
            const a = event.target.closest("a[href^='#']");
            if (!a) return;
            const target = document.getElementById(a.getAttribute("href").slice(1));
            if (!target) return;
            event.preventDefault();
            const focusable = target.matches("input, select") ? target : target.querySelector("input, select, button");
            (focusable || target).focus();
        });

        // After sending: the errors, or the decision, is what the person came for.
        const summary = document.getElementById("error-summary");
        const decision = document.getElementById("decision");
        if (!summary.hidden) summary.focus();
        else if (decision) decision.focus();
    }

    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
    else setUp();
})();
