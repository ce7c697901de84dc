// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.8854885487332758) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 0e53c92a5c74953ac51780c97fae84a1019cc289425fb9d5436b9155722f62d7
