from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('research', '0004_how_to_apply'),
    ]

    operations = [
        migrations.AlterField(
            model_name='researchentry',
            name='mission_areas',
            field=models.ManyToManyField(blank=True, to='core.missionarea', verbose_name='mission areas'),
        ),
    ]
