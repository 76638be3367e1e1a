"""Form fields a screen reader can name: the admin's tabular inlines and split date/time widgets
show their labels only as a column header or a bare "Date:"/"Time:" text, which assistive
technology does not tie to the input. These give each input its own accessible name."""

from __future__ import annotations

from django import forms
from django.forms.models import BaseInlineFormSet


class LabelledInlineFormSet(BaseInlineFormSet):
    """Each row's inputs named after the row and the column: "Task 2: minutes", "Delete task 2"."""

    def add_fields(self, form: forms.Form, index: int | None) -> None:
        super().add_fields(form, index)
        noun = self.model._meta.verbose_name
        row = f"{noun.capitalize()} {index + 1}" if index is not None else f"New {noun}"
        for name, field in form.fields.items():
            if field.widget.is_hidden:
                continue
            label = (
                f"Delete {row[0].lower()}{row[1:]}" if name == "DELETE" else f"{row}: {field.label.lower()}"
            )
            field.widget.attrs["aria-label"] = label


def label_split_datetimes(form: forms.Form) -> None:
    """Name the date and the time input of every split date/time field ("Window start: date")."""
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.SplitDateTimeWidget):
            date_input, time_input = widget.widgets
            date_input.attrs["aria-label"] = f"{field.label}: date"
            time_input.attrs["aria-label"] = f"{field.label}: time"
