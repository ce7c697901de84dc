// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.252930129032093) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fd56e71e95f43cdd3eb4fd1eae120bea24c8c8288ccec6faced23c51fd9df36f
