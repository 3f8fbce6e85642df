package org.preau.demo;

import java.util.List;
import java.util.Random;

/** Plausible French names for the demo territory, drawn from a seeded random source. */
final class DemoNames {

    private static final List<String> GIRLS = List.of("Louise", "Jade", "Ambre", "Alba", "Emma", "Rose", "Alice",
            "Romy", "Anna", "Lina", "Léna", "Mia", "Chloé", "Inès", "Julia", "Léa", "Manon", "Zoé", "Agathe",
            "Camille", "Sarah", "Lou", "Nina", "Clémence", "Margaux", "Yasmine", "Maëlle", "Juliette", "Iris",
            "Héloïse");
    private static final List<String> BOYS = List.of("Gabriel", "Raphaël", "Léo", "Louis", "Maël", "Noah", "Jules",
            "Adam", "Arthur", "Isaac", "Sacha", "Hugo", "Paul", "Nathan", "Ethan", "Théo", "Tom", "Mohamed",
            "Aaron", "Éden", "Gabin", "Nino", "Malo", "Timéo", "Axel", "Yanis", "Baptiste", "Mathis", "Samuel",
            "Côme");
    private static final List<String> WOMEN = List.of("Nathalie", "Isabelle", "Sandrine", "Céline", "Aurélie",
            "Stéphanie", "Virginie", "Émilie", "Julie", "Caroline", "Laetitia", "Karine", "Delphine", "Hélène",
            "Fatima", "Amandine", "Elodie", "Sophie", "Valérie", "Anne-Laure");
    private static final List<String> MEN = List.of("Nicolas", "Sébastien", "Julien", "Christophe", "Stéphane",
            "Frédéric", "David", "Olivier", "Jérôme", "Cédric", "Mickaël", "Karim", "Vincent", "Laurent",
            "Franck", "Mathieu", "Guillaume", "Romain", "Fabien", "Jean-Marc");
    private static final List<String> LAST = List.of("Martin", "Bernard", "Thomas", "Robert", "Richard", "Dubois",
            "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel",
            "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau", "Vincent", "Muller",
            "Lefèvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
            "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas",
            "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie",
            "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière",
            "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard",
            "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert",
            "Lemoine", "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît",
            "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume", "Lecomte", "Lopez", "Jean", "Dupuy",
            "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin", "Louis", "Deschamps",
            "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Paris",
            "Poirier", "Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard",
            "Maillard", "Baron", "Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet",
            "Léger", "Bouvier", "Julien", "Prévost", "Millet", "Perrot", "Daniel", "Le Roux", "Cousin",
            "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff", "Pelletier", "Lévêque", "Perrier",
            "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon", "Boulanger", "Jacob", "Monnier",
            "Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne", "Grondin", "Poulain", "Tessier", "Chevallier",
            "Collin", "Chauvin", "Da Silva", "Bouchet", "Gay", "Lemaître", "Benard", "Maréchal", "Humbert",
            "Reynaud", "Antoine", "Hoarau", "Perret", "Barthélemy", "Cordier", "Pichon", "Lejeune", "Gilbert",
            "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte");

    private final Random random;

    DemoNames(long seed) {
        this.random = new Random(seed);
    }

    String child(boolean girl) {
        return pick(girl ? GIRLS : BOYS);
    }

    String adult(boolean woman) {
        return pick(woman ? WOMEN : MEN);
    }

    String lastName() {
        return pick(LAST);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(List<String> names) {
        return names.get(random.nextInt(names.size()));
    }
}
