// Progressive enhancement of the invoice print view: a Print button (without JavaScript the page says to use Ctrl+P).
document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
});
