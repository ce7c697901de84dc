// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.23415173654569443) q[0];
ry(1.0358483281160926) q[0];
rz(-0.12100609181115995) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 f231ca1826c6346e4ae3c43ab1d49afa929c409073d9b600386f8e1c9c47f9fe
