// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.6417558545424673) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 417f32f12bb4066582330ae6cfabf210552c4c45b26dba2c75ece0498d7964e8
