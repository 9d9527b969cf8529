-- The Word templates of the documents prepared from what falls due (issue 22): an administrator may
-- replace the built-in one of each kind; without a row the built-in template is used.
create table document_template (
    kind        varchar(40)  primary key,
    file_name   varchar(255) not null,
    content     bytea        not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp    not null
);
