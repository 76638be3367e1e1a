// Today's board: keep "now" in sight. On a narrow screen the timeline scrolls sideways inside its
// frame; bring the now line to a third of the way across, on load and after each live update.
(function () {
  function showNow() {
    var frame = document.querySelector(".timeline-scroll");
    var line = frame && frame.querySelector(".now-line");
    if (!frame || !line || frame.scrollWidth <= frame.clientWidth) return;
    var lineX = line.getBoundingClientRect().left - frame.getBoundingClientRect().left + frame.scrollLeft;
    frame.scrollLeft = Math.max(0, lineX - frame.clientWidth / 3);
  }
  document.addEventListener("DOMContentLoaded", showNow);
  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "board") showNow();
  });
})();
