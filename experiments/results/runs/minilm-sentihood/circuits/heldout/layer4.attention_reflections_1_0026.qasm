// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(-pi) q[0];
ry(-1.623388502917875) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 4a4d45f644c7bc85590f67ae20c0d637b5db6e6b707dbaeff3cd1e5e59b2fd5c
