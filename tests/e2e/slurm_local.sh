# A single-node Slurm on this machine for a test, sourced by tests/e2e/shards_slurm.sh: munged, slurmctld and
# slurmd of Debian's slurm-wlm and munge, run as the test's user (root in CI) straight from the test (no systemd), every file of theirs
# (key, socket, slurm.conf, state, spool, logs) under $cluster, on free ports. slurm_start brings it up and
# waits for the node to be idle; slurm_stop (the test's EXIT trap) ends the daemons it started and waits for them.
cluster=""
slurm_pids=()

# free_port: a TCP port nothing listens on (the base is random, so two runs at once seldom meet).
free_port() {
  local p=$((20000 + RANDOM % 20000))
  while [ -n "$(ss -Htan "( sport = :$p )" 2>/dev/null)" ]; do p=$((p + 1)); done
  echo "$p"
}

slurm_conf() {
  local host=$1 ctld_port=$2 slurmd_port
  slurmd_port=$(free_port)
  while [ "$slurmd_port" = "$ctld_port" ]; do slurmd_port=$(free_port); done
  cat <<EOF
ClusterName=editio-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=$(id -un)
SlurmdUser=$(id -un)
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$cluster/munge/munge.socket
StateSaveLocation=$cluster/state
SlurmdSpoolDir=$cluster/spool/%n
SlurmctldPidFile=$cluster/slurmctld.pid
SlurmdPidFile=$cluster/slurmd.pid
SlurmctldLogFile=$cluster/slurmctld.log
SlurmdLogFile=$cluster/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=600
SlurmdTimeout=300
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=100 State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
}

# slurm_tail: the daemons' logs (else what they printed), for a failure's message.
slurm_tail() {
  local d f
  for d in munged slurmctld slurmd; do
    f=$d.log; [ -s "$cluster/$f" ] || f=$d.out
    [ -s "$cluster/$f" ] || continue
    echo "--- last lines of $f"
    tail -n 25 "$cluster/$f" | sed 's/^/  /'
  done
}

slurm_stop() {
  local pid i
  if [ ${#slurm_pids[@]} -ge 2 ] && kill -0 "${slurm_pids[1]}" 2>/dev/null; then
    # The jobs first (slurmctld is up), so that no slurmstepd or job outlives its slurmd.
    scancel --user "$(id -un)" 2>/dev/null || true
    for i in $(seq 300); do [ -z "$(squeue -h 2>/dev/null)" ] && break; sleep 0.1; done
  fi
  # slurmd, slurmctld, then munged: the reverse of their start.
  for ((i = ${#slurm_pids[@]} - 1; i >= 0; i--)); do
    kill "${slurm_pids[i]}" 2>/dev/null || true
    wait "${slurm_pids[i]}" 2>/dev/null || true
  done
  slurm_pids=()
}

# node_idle HOST: sinfo shows the node idle (or mixed/allocated: it takes jobs).
node_idle() { [[ $(sinfo -h -n "$1" -o %t 2>/dev/null) =~ ^(idle|mix|alloc) ]]; }

# slurm_start DIR: the cluster in DIR (made by the caller, removed by it); exports SLURM_CONF. Returns 1 with
# the daemons' logs shown when something does not come up within a minute.
slurm_start() {
  cluster=$1
  local host; host=$(hostname -s)
  mkdir -p "$cluster/munge" "$cluster/state" "$cluster/spool"
  chmod 755 "$cluster" "$cluster/munge"
  dd if=/dev/urandom of="$cluster/munge/munge.key" bs=1024 count=1 status=none
  chmod 400 "$cluster/munge/munge.key"
  slurm_conf "$host" "$(free_port)" > "$cluster/slurm.conf"
  export SLURM_CONF=$cluster/slurm.conf
  munged --foreground --force --key-file "$cluster/munge/munge.key" --socket "$cluster/munge/munge.socket" \
    --pid-file "$cluster/munge/munged.pid" --seed-file "$cluster/munge/munged.seed" \
    --log-file "$cluster/munged.log" > "$cluster/munged.out" 2>&1 &
  slurm_pids+=($!)
  local i
  for i in $(seq 100); do [ -S "$cluster/munge/munge.socket" ] && break; sleep 0.1; done
  if ! munge -S "$cluster/munge/munge.socket" -n </dev/null | unmunge -S "$cluster/munge/munge.socket" >/dev/null; then
    echo "FAIL: munged does not answer on $cluster/munge/munge.socket"; slurm_tail; return 1
  fi
  slurmctld -D -i -f "$SLURM_CONF" > "$cluster/slurmctld.out" 2>&1 &
  slurm_pids+=($!)
  slurmd -D -N "$host" -f "$SLURM_CONF" > "$cluster/slurmd.out" 2>&1 &
  slurm_pids+=($!)
  local deadline=$((SECONDS + 60))
  while [ "$SECONDS" -lt "$deadline" ]; do node_idle "$host" && return 0; sleep 0.2; done
  echo "FAIL: the node $host is not idle after a minute (sinfo: $(sinfo -h -o '%n %t' 2>&1 | head -3))"
  slurm_tail
  return 1
}

# job_state ID: the state of job ID, or of every task of array ID, one per line ("COMPLETED 0:0").
job_state() {
  scontrol show job "$1" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p; s/.*[^a-zA-Z]ExitCode=\([0-9:]*\).*/\1/p' |
    paste -d' ' - -
}

# wait_job ID SECONDS: until job ID (every task of it) has ended; 1 if it has not within SECONDS.
wait_job() {
  local id=$1 deadline=$((SECONDS + $2)) states
  while [ "$SECONDS" -lt "$deadline" ]; do
    states=$(job_state "$id")
    if [ -n "$states" ] && ! grep -qE '^(PENDING|RUNNING|CONFIGURING|COMPLETING|SUSPENDED|REQUEUED)' <<< "$states"; then
      return 0
    fi
    sleep 1
  done
  return 1
}
