from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('projects', '0002_texts_per_language'),
    ]

    operations = [
        migrations.AlterField(
            model_name='project',
            name='mission_areas',
            field=models.ManyToManyField(blank=True, to='core.missionarea', verbose_name='mission areas'),
        ),
    ]
