// Hovering or focusing a brief sentence highlights its evidence spans in the source texts.
document.querySelectorAll(".brief li[data-mark]").forEach(function (li) {
  var section = li.closest("section.event");
  function set(on) {
    li.classList.toggle("active", on);
    section.querySelectorAll("mark[data-marks]").forEach(function (m) {
      if (m.dataset.marks.split(" ").indexOf(li.dataset.mark) >= 0) m.classList.toggle("on", on);
    });
  }
  li.addEventListener("mouseenter", function () { set(true); });
  li.addEventListener("mouseleave", function () { set(false); });
  li.addEventListener("click", function () { set(!li.classList.contains("active")); });
});
