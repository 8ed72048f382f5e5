#!/usr/bin/env python3
"""Runs the Kubernetes Jobs of deploy/k8s without Kubernetes: checks that the files agree (an Indexed Job whose
completions equal EDITIO_SHARDS, the same build options and volume in both Jobs, a ReadWriteMany claim), then runs
each shard pod's command line with its shell and JOB_COMPLETION_INDEX set, all at once, and then the merge pod's,
with the volume's mount path replaced by a local folder that holds the sources.

Usage: k8s_jobs.py DEPLOY_K8S_DIR EDITIO_BIN_DIR VOLUME_DIR   (exit 0, or 1 with what is wrong)"""
import os
import subprocess
import sys

import yaml


def load(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        return yaml.safe_load(f)


def pod(job):
    spec = job["spec"]["template"]["spec"]
    return spec, spec["containers"][0]


def env_of(container):
    return {e["name"]: e["value"] for e in container.get("env", [])}


def agree(shards, merge, pvc):
    """What is wrong between the three files, one line each."""
    wrong = []
    s_spec, s_box = pod(shards)
    m_spec, m_box = pod(merge)
    if shards["spec"].get("completionMode") != "Indexed":
        wrong.append("shards-job.yaml: completionMode is not Indexed")
    if str(shards["spec"]["completions"]) != env_of(s_box).get("EDITIO_SHARDS"):
        wrong.append("shards-job.yaml: completions and EDITIO_SHARDS differ")
    if env_of(s_box).get("EDITIO_OPTIONS") != env_of(m_box).get("EDITIO_OPTIONS"):
        wrong.append("EDITIO_OPTIONS differs between shards-job.yaml and merge-job.yaml")
    claims = {v["persistentVolumeClaim"]["claimName"] for v in s_spec["volumes"] + m_spec["volumes"]}
    if claims != {pvc["metadata"]["name"]}:
        wrong.append(f"the Jobs' volumes {sorted(claims)} are not the claim {pvc['metadata']['name']}")
    if pvc["spec"]["accessModes"] != ["ReadWriteMany"]:
        wrong.append("pvc.yaml: not ReadWriteMany")
    return wrong


def start(job, bin_dir, volume, index=None):
    """The pod's command, run here: its shell, its environment, the volume's mount path at `volume`."""
    _, box = pod(job)
    mount = box["volumeMounts"][0]["mountPath"]
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"], **env_of(box))
    if index is not None:
        env["JOB_COMPLETION_INDEX"] = str(index)
    command = box["command"] + [a.replace(mount, volume) for a in box["args"]]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finished(name, process):
    out = process.communicate()[0]
    print("\n".join(f"  [{name}] {line}" for line in out.splitlines()[-3:]))
    if process.returncode != 0:
        print(f"{name}: exit {process.returncode}")
    return process.returncode == 0


def main(folder, bin_dir, volume):
    shards, merge = load(folder, "shards-job.yaml"), load(folder, "merge-job.yaml")
    wrong = agree(shards, merge, load(folder, "pvc.yaml"))
    for line in wrong:
        print(line)
    pods = [start(shards, bin_dir, volume, i) for i in range(int(shards["spec"]["completions"]))]
    ok = all([finished(f"shard pod {i}", p) for i, p in enumerate(pods)])
    ok = ok and finished("merge pod", start(merge, bin_dir, volume))
    return 0 if ok and not wrong else 1


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-1])
    sys.exit(main(*sys.argv[1:]))
