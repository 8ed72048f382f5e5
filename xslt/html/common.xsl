<?xml version="1.0" encoding="UTF-8"?>
<!--
  Editio HTML: shared templates, imported by document.xsl, index.xsl and
  register.xsl.

  Plain XSLT 1.0, no extension functions, no document() calls: the stylesheets
  work the same in xsltproc and in-process with libxslt, however they are loaded.

  Contents
    ui-lang ........... interface language ('ru' or 'en') of the page being made
    label ............. the i18n lookup table: interface labels in en and ru
    language-name ..... BCP 47 code -> language name in the interface language
    lang-attr ......... copies @xml:lang to an HTML lang attribute
    date-element ...... <time datetime> or <span class="date"> for TEI and Editio dates
    year-of, life-dates  birth and death years of a person as text
    edition-footer .... footer of the index and register pages (context e:edition)
    primary-subtag, lower-case ... string helpers
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:e="urn:x-editio"
    exclude-result-prefixes="tei e">

  <!-- ================================================================ -->
  <!-- Interface language                                                -->
  <!-- ================================================================ -->

  <!-- Language of the input: TEI/@xml:lang for a document, edition/@lang
       for the edition index. -->
  <xsl:variable name="input-lang"
      select="normalize-space(/tei:TEI/@xml:lang | /e:edition/@lang)"/>

  <!-- Interface labels exist in Russian and English; every other language
       gets English labels. -->
  <xsl:variable name="ui-lang">
    <xsl:variable name="primary">
      <xsl:call-template name="primary-subtag">
        <xsl:with-param name="tag" select="$input-lang"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$primary = 'ru'">ru</xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- ================================================================ -->
  <!-- i18n lookup table                                                 -->
  <!-- One row per key and language: the Russian row, then the English   -->
  <!-- one (the fallback). To add a language, add one row per key.       -->
  <!-- An unknown key is returned as is, so a typo shows on the page.    -->
  <!-- ================================================================ -->

  <xsl:template name="label">
    <xsl:param name="key"/>
    <xsl:param name="lang" select="string($ui-lang)"/>
    <xsl:variable name="ru" select="$lang = 'ru'"/>
    <xsl:choose>
      <!-- page structure -->
      <xsl:when test="$key = 'edition-index' and $ru">Оглавление издания</xsl:when>
      <xsl:when test="$key = 'edition-index'">Edition index</xsl:when>
      <xsl:when test="$key = 'skip-to-content' and $ru">Перейти к содержимому</xsl:when>
      <xsl:when test="$key = 'skip-to-content'">Skip to content</xsl:when>
      <xsl:when test="$key = 'contents' and $ru">Содержание</xsl:when>
      <xsl:when test="$key = 'contents'">Contents</xsl:when>
      <xsl:when test="$key = 'notes' and $ru">Примечания</xsl:when>
      <xsl:when test="$key = 'notes'">Notes</xsl:when>
      <xsl:when test="$key = 'note' and $ru">Примечание</xsl:when>
      <xsl:when test="$key = 'note'">Note</xsl:when>
      <xsl:when test="$key = 'back-to-text' and $ru">Вернуться к тексту, примечание</xsl:when>
      <xsl:when test="$key = 'back-to-text'">Back to text, note</xsl:when>
      <xsl:when test="$key = 'paragraph' and $ru">Абзац</xsl:when>
      <xsl:when test="$key = 'paragraph'">Paragraph</xsl:when>
      <xsl:when test="$key = 'about-document' and $ru">О документе</xsl:when>
      <xsl:when test="$key = 'about-document'">About this document</xsl:when>
      <!-- document metadata -->
      <xsl:when test="$key = 'source' and $ru">Источник</xsl:when>
      <xsl:when test="$key = 'source'">Source</xsl:when>
      <xsl:when test="$key = 'language' and $ru">Язык</xsl:when>
      <xsl:when test="$key = 'language'">Language</xsl:when>
      <xsl:when test="$key = 'edited-by' and $ru">Под редакцией</xsl:when>
      <xsl:when test="$key = 'edited-by'">Edited by</xsl:when>
      <xsl:when test="$key = 'author' and $ru">Автор</xsl:when>
      <xsl:when test="$key = 'author'">Author</xsl:when>
      <xsl:when test="$key = 'date' and $ru">Дата</xsl:when>
      <xsl:when test="$key = 'date'">Date</xsl:when>
      <xsl:when test="$key = 'kind' and $ru">Тип</xsl:when>
      <xsl:when test="$key = 'kind'">Type</xsl:when>
      <xsl:when test="$key = 'downloads' and $ru">Файлы</xsl:when>
      <xsl:when test="$key = 'downloads'">Downloads</xsl:when>
      <xsl:when test="$key = 'download-tei' and $ru">Скачать TEI</xsl:when>
      <xsl:when test="$key = 'download-tei'">Download TEI</xsl:when>
      <xsl:when test="$key = 'pdf'">PDF</xsl:when>
      <xsl:when test="$key = 'licence' and $ru">Лицензия</xsl:when>
      <xsl:when test="$key = 'licence'">Licence</xsl:when>
      <!-- edition index -->
      <xsl:when test="$key = 'introduction' and $ru">Введение</xsl:when>
      <xsl:when test="$key = 'introduction'">Introduction</xsl:when>
      <xsl:when test="$key = 'documents' and $ru">Документы</xsl:when>
      <xsl:when test="$key = 'documents'">Documents</xsl:when>
      <!-- citations -->
      <xsl:when test="$key = 'translated-by' and $ru">пер.</xsl:when>
      <xsl:when test="$key = 'translated-by'">trans.</xsl:when>
      <xsl:when test="$key = 'ed.' and $ru">под ред.</xsl:when>
      <xsl:when test="$key = 'ed.'">ed.</xsl:when>
      <xsl:when test="$key = 'quote-open' and $ru">«</xsl:when>
      <xsl:when test="$key = 'quote-open'">“</xsl:when>
      <xsl:when test="$key = 'quote-close' and $ru">»</xsl:when>
      <xsl:when test="$key = 'quote-close'">”</xsl:when>
      <!-- editorial markup -->
      <xsl:when test="$key = 'original' and $ru">в оригинале</xsl:when>
      <xsl:when test="$key = 'original'">original</xsl:when>
      <xsl:when test="$key = 'sic' and $ru">[так!]</xsl:when>
      <xsl:when test="$key = 'sic'">[sic]</xsl:when>
      <xsl:when test="$key = 'gap' and $ru">пропуск в тексте</xsl:when>
      <xsl:when test="$key = 'gap'">text omitted</xsl:when>
      <xsl:when test="$key = 'unclear' and $ru">неясное чтение</xsl:when>
      <xsl:when test="$key = 'unclear'">unclear reading</xsl:when>
      <xsl:when test="$key = 'supplied' and $ru">добавлено редактором</xsl:when>
      <xsl:when test="$key = 'supplied'">supplied by the editor</xsl:when>
      <xsl:when test="$key = 'page' and $ru">с.</xsl:when>
      <xsl:when test="$key = 'page'">p.</xsl:when>
      <xsl:when test="$key = 'source-reading' and $ru">чтение источника</xsl:when>
      <xsl:when test="$key = 'source-reading'">source reading</xsl:when>
      <!-- persons and the register -->
      <xsl:when test="$key = 'register' and $ru">Указатель имён</xsl:when>
      <xsl:when test="$key = 'register'">Register of persons</xsl:when>
      <xsl:when test="$key = 'registers' and $ru">Указатели</xsl:when>
      <xsl:when test="$key = 'registers'">Registers</xsl:when>
      <xsl:when test="$key = 'persons-in-document' and $ru">Лица, упомянутые в документе</xsl:when>
      <xsl:when test="$key = 'persons-in-document'">Persons in this document</xsl:when>
      <xsl:when test="$key = 'initial-letters' and $ru">Начальные буквы</xsl:when>
      <xsl:when test="$key = 'initial-letters'">Initial letters</xsl:when>
      <xsl:when test="$key = 'persons-count' and $ru">лиц</xsl:when>
      <xsl:when test="$key = 'persons-count'">persons</xsl:when>
      <xsl:when test="$key = 'mentions' and $ru">Упоминания</xsl:when>
      <xsl:when test="$key = 'mentions'">Mentions</xsl:when>
      <xsl:when test="$key = 'not-mentioned' and $ru">в документах издания не упоминается</xsl:when>
      <xsl:when test="$key = 'not-mentioned'">not mentioned in the documents of this edition</xsl:when>
      <xsl:when test="$key = 'names-variant' and $ru">Варианты имени</xsl:when>
      <xsl:when test="$key = 'names-variant'">Variant forms</xsl:when>
      <xsl:when test="$key = 'names-erroneous' and $ru">Искажённые формы</xsl:when>
      <xsl:when test="$key = 'names-erroneous'">Garbled forms</xsl:when>
      <xsl:when test="$key = 'names-pseudonym' and $ru">Псевдонимы</xsl:when>
      <xsl:when test="$key = 'names-pseudonym'">Pseudonyms</xsl:when>
      <xsl:when test="$key = 'names-signature' and $ru">Подписи</xsl:when>
      <xsl:when test="$key = 'names-signature'">Signatures</xsl:when>
      <xsl:when test="$key = 'names-other' and $ru">Другие формы</xsl:when>
      <xsl:when test="$key = 'names-other'">Other forms</xsl:when>
      <xsl:when test="$key = 'name-erroneous' and $ru">искажённая форма</xsl:when>
      <xsl:when test="$key = 'name-erroneous'">garbled form</xsl:when>
      <xsl:when test="$key = 'authority-files' and $ru">Нормативный контроль</xsl:when>
      <xsl:when test="$key = 'authority-files'">Authority files</xsl:when>
      <xsl:when test="$key = 'group' and $ru">группа</xsl:when>
      <xsl:when test="$key = 'group'">group</xsl:when>
      <xsl:when test="$key = 'born' and $ru">род.</xsl:when>
      <xsl:when test="$key = 'born'">b.</xsl:when>
      <xsl:when test="$key = 'died' and $ru">ум.</xsl:when>
      <xsl:when test="$key = 'died'">d.</xsl:when>
      <xsl:when test="$key = 'locus-paragraph'">¶</xsl:when>
      <xsl:when test="$key = 'locus-note' and $ru">прим.</xsl:when>
      <xsl:when test="$key = 'locus-note'">note</xsl:when>
      <xsl:when test="$key = 'locus-heading' and $ru">заголовок</xsl:when>
      <xsl:when test="$key = 'locus-heading'">heading</xsl:when>
      <xsl:when test="$key = 'locus-item' and $ru">пункт</xsl:when>
      <xsl:when test="$key = 'locus-item'">item</xsl:when>
      <xsl:when test="$key = 'locus-other' and $ru">место</xsl:when>
      <xsl:when test="$key = 'locus-other'">passage</xsl:when>
      <!-- dates -->
      <xsl:when test="$key = 'not-before' and $ru">не ранее</xsl:when>
      <xsl:when test="$key = 'not-before'">not before</xsl:when>
      <xsl:when test="$key = 'not-after' and $ru">не позднее</xsl:when>
      <xsl:when test="$key = 'not-after'">not after</xsl:when>
      <xsl:otherwise><xsl:value-of select="$key"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Language names for BCP 47 primary subtags, in the interface language.
       An unknown code is shown as the code itself. -->
  <xsl:template name="language-name">
    <xsl:param name="code"/>
    <xsl:param name="lang" select="string($ui-lang)"/>
    <xsl:variable name="ru" select="$lang = 'ru'"/>
    <xsl:variable name="c">
      <xsl:call-template name="primary-subtag">
        <xsl:with-param name="tag" select="$code"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$c = 'en' and $ru">Английский</xsl:when>
      <xsl:when test="$c = 'en'">English</xsl:when>
      <xsl:when test="$c = 'ru' and $ru">Русский</xsl:when>
      <xsl:when test="$c = 'ru'">Russian</xsl:when>
      <xsl:when test="$c = 'uk' and $ru">Украинский</xsl:when>
      <xsl:when test="$c = 'uk'">Ukrainian</xsl:when>
      <xsl:when test="$c = 'be' and $ru">Белорусский</xsl:when>
      <xsl:when test="$c = 'be'">Belarusian</xsl:when>
      <xsl:when test="$c = 'de' and $ru">Немецкий</xsl:when>
      <xsl:when test="$c = 'de'">German</xsl:when>
      <xsl:when test="$c = 'fr' and $ru">Французский</xsl:when>
      <xsl:when test="$c = 'fr'">French</xsl:when>
      <xsl:when test="$c = 'es' and $ru">Испанский</xsl:when>
      <xsl:when test="$c = 'es'">Spanish</xsl:when>
      <xsl:when test="$c = 'it' and $ru">Итальянский</xsl:when>
      <xsl:when test="$c = 'it'">Italian</xsl:when>
      <xsl:when test="$c = 'pl' and $ru">Польский</xsl:when>
      <xsl:when test="$c = 'pl'">Polish</xsl:when>
      <xsl:when test="$c = 'cs' and $ru">Чешский</xsl:when>
      <xsl:when test="$c = 'cs'">Czech</xsl:when>
      <xsl:when test="$c = 'yi' and $ru">Идиш</xsl:when>
      <xsl:when test="$c = 'yi'">Yiddish</xsl:when>
      <xsl:when test="$c = 'la' and $ru">Латинский</xsl:when>
      <xsl:when test="$c = 'la'">Latin</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Page furniture shared by both pages                               -->
  <!-- ================================================================ -->

  <!-- The <meta> elements and the stylesheet link of <head>. The charset is
       declared with http-equiv because libxml2's HTML serializer always
       writes (or updates) exactly that element: a <meta charset> as well
       would be a duplicate declaration. -->
  <xsl:template name="head-common">
    <xsl:param name="css"/>
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="color-scheme" content="light dark"/>
    <xsl:if test="normalize-space($css) != ''">
      <link rel="stylesheet" href="{$css}"/>
    </xsl:if>
  </xsl:template>

  <!-- First focusable element of every page. -->
  <xsl:template name="skip-link">
    <a class="skip-link" href="#main">
      <xsl:call-template name="label">
        <xsl:with-param name="key" select="'skip-to-content'"/>
      </xsl:call-template>
    </a>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Attributes                                                        -->
  <!-- ================================================================ -->

  <!-- @xml:lang on the context node -> lang on the HTML element being made. -->
  <xsl:template name="lang-attr">
    <xsl:if test="normalize-space(@xml:lang) != ''">
      <xsl:attribute name="lang">
        <xsl:value-of select="normalize-space(@xml:lang)"/>
      </xsl:attribute>
    </xsl:if>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Dates                                                             -->
  <!-- Works on TEI <date> and Editio <date>: both use @when, @from, @to, -->
  <!-- @notBefore, @notAfter. The element's content is the display text;  -->
  <!-- an empty element shows its normalized value instead.              -->
  <!-- ================================================================ -->

  <xsl:template name="date-element">
    <xsl:variable name="when" select="normalize-space(@when)"/>
    <xsl:variable name="valid-when">
      <xsl:call-template name="is-html-datetime">
        <xsl:with-param name="value" select="$when"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$valid-when = 'yes'">
        <time datetime="{$when}">
          <xsl:call-template name="lang-attr"/>
          <xsl:call-template name="date-text"/>
        </time>
      </xsl:when>
      <xsl:otherwise>
        <span class="date">
          <xsl:call-template name="lang-attr"/>
          <xsl:if test="$when != ''">
            <xsl:attribute name="data-when"><xsl:value-of select="$when"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="@from">
            <xsl:attribute name="data-from"><xsl:value-of select="@from"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="@to">
            <xsl:attribute name="data-to"><xsl:value-of select="@to"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="@notBefore">
            <xsl:attribute name="data-not-before"><xsl:value-of select="@notBefore"/></xsl:attribute>
          </xsl:if>
          <xsl:if test="@notAfter">
            <xsl:attribute name="data-not-after"><xsl:value-of select="@notAfter"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="date-text"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="date-text">
    <xsl:choose>
      <xsl:when test="normalize-space(.) != '' or *">
        <xsl:apply-templates/>
      </xsl:when>
      <xsl:when test="@when">
        <xsl:value-of select="@when"/>
      </xsl:when>
      <xsl:when test="@from or @to">
        <xsl:value-of select="@from"/>
        <xsl:text>–</xsl:text>
        <xsl:value-of select="@to"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:if test="@notBefore">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'not-before'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', @notBefore)"/>
        </xsl:if>
        <xsl:if test="@notBefore and @notAfter">
          <xsl:text>, </xsl:text>
        </xsl:if>
        <xsl:if test="@notAfter">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'not-after'"/>
          </xsl:call-template>
          <xsl:value-of select="concat(' ', @notAfter)"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- 'yes' if $value is a year, year-month, date or local date-time that
       HTML accepts in <time datetime> (TEI allows more, e.g. negative years). -->
  <xsl:template name="is-html-datetime">
    <xsl:param name="value"/>
    <xsl:variable name="shape" select="translate($value, '0123456789', 'dddddddddd')"/>
    <xsl:choose>
      <xsl:when test="$shape = 'dddd' or $shape = 'dddd-dd' or $shape = 'dddd-dd-dd'
                      or $shape = 'dddd-dd-ddTdd:dd' or $shape = 'dddd-dd-ddTdd:dd:dd'">yes</xsl:when>
      <xsl:otherwise>no</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Persons                                                           -->
  <!-- ================================================================ -->

  <!-- The year of an ISO date: '1878-12-18' -> '1878', '-0044' as is. -->
  <xsl:template name="year-of">
    <xsl:param name="date"/>
    <xsl:variable name="d" select="normalize-space($date)"/>
    <xsl:choose>
      <xsl:when test="starts-with($d, '-')"><xsl:value-of select="$d"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="substring-before(concat($d, '-'), '-')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Life dates as text, years only: '1878–1953', 'b. 1893', 'd. 1938',
       or '' when neither date is known. -->
  <xsl:template name="life-dates">
    <xsl:param name="birth"/>
    <xsl:param name="death"/>
    <xsl:variable name="b">
      <xsl:call-template name="year-of">
        <xsl:with-param name="date" select="$birth"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="d">
      <xsl:call-template name="year-of">
        <xsl:with-param name="date" select="$death"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$b != '' and $d != ''"><xsl:value-of select="concat($b, '–', $d)"/></xsl:when>
      <xsl:when test="$b != ''">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'born'"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', $b)"/>
      </xsl:when>
      <xsl:when test="$d != ''">
        <xsl:call-template name="label">
          <xsl:with-param name="key" select="'died'"/>
        </xsl:call-template>
        <xsl:value-of select="concat(' ', $d)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- Footer of the edition's own pages (index, register)              -->
  <!-- Context: e:edition. Licence, then publisher and date.            -->
  <!-- ================================================================ -->

  <xsl:template name="edition-footer">
    <footer class="site-footer">
      <xsl:for-each select="e:licence">
        <p class="licence">
          <xsl:call-template name="label">
            <xsl:with-param name="key" select="'licence'"/>
          </xsl:call-template>
          <xsl:text>: </xsl:text>
          <xsl:choose>
            <xsl:when test="normalize-space(@target) != ''">
              <a rel="license" href="{normalize-space(@target)}">
                <xsl:apply-templates/>
                <xsl:if test="normalize-space(.) = ''">
                  <xsl:value-of select="normalize-space(@target)"/>
                </xsl:if>
              </a>
            </xsl:when>
            <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
          </xsl:choose>
        </p>
      </xsl:for-each>
      <xsl:if test="e:publisher or e:date[normalize-space(.) != '' or @when]">
        <p class="publisher">
          <xsl:for-each select="e:publisher">
            <xsl:if test="position() > 1">, </xsl:if>
            <xsl:apply-templates/>
          </xsl:for-each>
          <xsl:for-each select="e:date[normalize-space(.) != '' or @when][1]">
            <xsl:if test="../e:publisher">, </xsl:if>
            <xsl:call-template name="date-element"/>
          </xsl:for-each>
        </p>
      </xsl:if>
    </footer>
  </xsl:template>

  <!-- ================================================================ -->
  <!-- String helpers                                                    -->
  <!-- ================================================================ -->

  <xsl:template name="lower-case">
    <xsl:param name="s"/>
    <xsl:value-of select="translate($s, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
  </xsl:template>

  <!-- 'ru-Latn' -> 'ru', 'EN' -> 'en' -->
  <xsl:template name="primary-subtag">
    <xsl:param name="tag"/>
    <xsl:call-template name="lower-case">
      <xsl:with-param name="s" select="substring-before(concat(normalize-space($tag), '-'), '-')"/>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
