"""claimkit.testing: generated Indonesian news with ground truth, and properties for rule packs.

Needs the ``test`` extra (hypothesis). Strategies yield :class:`Generated`
values: a text and the claims it contains in the contract's shape, so a test
compares an engine's output with them directly::

    from hypothesis import given
    from claimkit.testing import articles, missing_claims

    @given(articles(kinds=("date",)))
    def test_dates_are_found(engine, article):
        assert not missing_claims(article, engine.extract(article.document()), "date")

Importing this package registers the hypothesis profiles ``ci`` and
``nightly`` (see :mod:`claimkit.testing.profiles`); :func:`load_profile`
picks one from ``HYPOTHESIS_PROFILE``.
"""

from .articles import articles, datelines, filler_sentences
from .compare import missing_claims, same_entity
from .dates import FORMATS as DATE_FORMATS
from .dates import DateValue, date_sentences, publication_dates
from .entities import Organisation, Person, organisations, people, person_names, speakers
from .profiles import load_profile
from .properties import GENERIC_PROPERTIES, arbitrary_texts, news_texts
from .quotes import PATTERNS as QUOTE_PATTERNS
from .quotes import quote_sentences
from .sanctions import STATUSES as SANCTION_STATUSES
from .sanctions import VOICES as SANCTION_VOICES
from .sanctions import sanction_sentences
from .text import Builder, Generated

__all__ = [
    "DATE_FORMATS",
    "GENERIC_PROPERTIES",
    "QUOTE_PATTERNS",
    "SANCTION_STATUSES",
    "SANCTION_VOICES",
    "Builder",
    "DateValue",
    "Generated",
    "Organisation",
    "Person",
    "arbitrary_texts",
    "articles",
    "date_sentences",
    "datelines",
    "filler_sentences",
    "load_profile",
    "missing_claims",
    "news_texts",
    "organisations",
    "people",
    "person_names",
    "publication_dates",
    "quote_sentences",
    "same_entity",
    "sanction_sentences",
    "speakers",
]
