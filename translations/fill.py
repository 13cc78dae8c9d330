#!/usr/bin/env python3
"""Writes the translations of a table (a Python file defining T) into a Qt Linguist .ts file.

Run after lupdate has added new source strings; strings the table lacks stay unfinished, and the
script lists them so they can be translated."""
import runpy
import sys
import xml.etree.ElementTree as ET

ts_path, table_path = sys.argv[1], sys.argv[2]
table = runpy.run_path(table_path)["T"]
tree = ET.parse(ts_path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    value = table.get(source)
    if value is None:
        missing.append(source)
        continue
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in value if isinstance(value, tuple) else (value, value):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
for source in missing:
    print("untranslated:", repr(source))
sys.exit(1 if missing else 0)
