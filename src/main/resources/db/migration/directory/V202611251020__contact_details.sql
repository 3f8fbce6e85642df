-- Contact details a person may edit on "Mon compte".
alter table directory.persons add column mobile text;
