from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('toolbox', '0011_editors_see_kit_downloads'),
    ]

    operations = [
        migrations.AlterField(
            model_name='resource',
            name='mission_areas',
            field=models.ManyToManyField(blank=True, to='core.missionarea', verbose_name='mission areas'),
        ),
    ]
