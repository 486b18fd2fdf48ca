// Command ferretdb runs FerretDB 1.24.2 from its embeddable package.
// The upstream `go install .../cmd/ferretdb` binary panics at start-up (FerretDB issue #2982),
// so the project builds this small wrapper instead.
package main

import (
	"context"
	"flag"
	"log"
	"net/http"
	_ "net/http/pprof" // served only when FERRETDB_PPROF_ADDR is set
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	backend := flag.String("backend", "sqlite", "storage backend: sqlite or postgresql")
	sqliteURL := flag.String("sqlite-url", "file:data/ferretdb/", "SQLite directory URL (must end with /)")
	postgresqlURL := flag.String("postgresql-url", "postgres://root@127.0.0.1:5432/ferretdb", "PostgreSQL URL")
	flag.Parse()

	cfg := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Handler:  *backend,
	}
	switch *backend {
	case "sqlite":
		cfg.SQLiteURL = *sqliteURL
	case "postgresql":
		cfg.PostgreSQLURL = *postgresqlURL
	default:
		log.Fatalf("unknown backend %q: use sqlite or postgresql", *backend)
	}

	// For profiling the server under a benchmark: go tool pprof http://<addr>/debug/pprof/profile
	if addr := os.Getenv("FERRETDB_PPROF_ADDR"); addr != "" {
		go func() { log.Printf("pprof: %v", http.ListenAndServe(addr, nil)) }()
	}

	db, err := ferretdb.New(cfg)
	if err != nil {
		log.Fatalf("ferretdb: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	log.Printf("ferretdb 1.24.2 listening on %s (%s)", *listen, *backend)
	db.Run(ctx)
}
