// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.5351810470108) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 c3cd93bbb37b19041348c7bb8aefa335d8ba2f526313e9850f638bdd7af8d5dc
