// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.3361576696767518) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9a056ccfa898a2aed8b033a7bf153fd2968d55cd687d3c0f4547d677683ed54d
