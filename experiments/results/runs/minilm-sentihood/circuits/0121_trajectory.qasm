// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0791294593375786) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 ef1f1bba22fcdf69a668065f6ea5efb50ea4f2486208109a4fa13a7a03c81673
