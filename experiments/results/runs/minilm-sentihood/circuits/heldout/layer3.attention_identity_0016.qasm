// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5806804189970398) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5470de01be83b123c2e45de45bea35422ce936edd2a160e8c3455d8b71f05852
