// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.4357677683393026) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f1a473a20cc37e42d16e900bc18d1d5cc3c1648be7321ea8541d44bf8148c64c
