// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.2649578248150304) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 886fdce6f1e2e08839efaccec68139bc6603721361fbf63b4b14fbf7d7f015cc
