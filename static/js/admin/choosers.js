/* Searchable choosers in the admin (core/widgets.py), with the admin's own select2.
   Without JavaScript every field stays what it is underneath: a plain select, or a comma-separated tag box. */
'use strict';
{
    const $ = django.jQuery;

    // Long selects: select2 reads its options (theme, width) from the data- attributes.
    function initSelects(root) {
        $(root).find('select[data-chooser]').not('[name*="__prefix__"]').each(function() {
            if (!this.classList.contains('select2-hidden-accessible')) {
                $(this).select2();
            }
        });
    }

    // taggit's text box: a select2 box in "tags" mode, suggesting the tags in use, accepting new ones, and
    // writing the choice back into the text box as taggit reads it ("one", "two words").
    function initTags(root) {
        $(root).find('input[data-tag-suggestions]').each(function() {
            const input = this;
            const chosen = JSON.parse(input.dataset.tagsChosen);
            const names = new Set([...JSON.parse(input.dataset.tagSuggestions), ...chosen]);
            const select = document.createElement('select');
            select.multiple = true;
            select.id = input.id + '_chooser';
            select.className = 'admin-chooser';
            for (const name of names) {
                select.append(new Option(name, name, false, chosen.includes(name)));
            }
            const label = document.querySelector('label[for="' + input.id + '"]');
            if (label) {
                label.htmlFor = select.id;
            }
            input.type = 'hidden';
            input.after(select);
            $(select).select2({tags: true, theme: 'admin-autocomplete', width: '100%', tokenSeparators: [',']});
            $(select).on('change', function() {
                input.value = ($(select).val() || []).map(function(name) {
                    return '"' + name.replace(/"/g, '') + '"';
                }).join(', ');
            });
        });
    }

    $(function() {
        initSelects(document);
        initTags(document);
    });
}
