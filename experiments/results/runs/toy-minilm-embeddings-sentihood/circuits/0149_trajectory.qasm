// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.987518622096618) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 71be986ff66cc55d94ec8bac309048bc4a8d29db799663a55287588faa895f99
