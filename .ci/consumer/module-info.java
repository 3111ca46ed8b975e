module consumer { requires org.newsfacts; }
