"""reportgen: Chinese work reports in, comparable data and briefings out.

The stages, in order, each its own package: ``ingest`` (files to documents),
``normalise`` (clean text), ``extract`` (articles, measures, figures),
``aggregate`` (the comparison model), ``render`` (templates to documents) and
``writers`` (documents to .docx and .pdf). ``pipeline`` wires them together.
"""
__version__ = "0.1.0"
