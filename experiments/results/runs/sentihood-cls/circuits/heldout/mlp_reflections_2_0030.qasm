// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.792951470623816) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 451e3aaf116375c200d0a38ee3b0fa80fefdca99826bc16c330d0a2e0e0cb7d7
