// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.39118189058679664) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 acb75d19fe991b6ea836b24a73b572690556bb0a4b11b300b15ec64bf4f0a514
