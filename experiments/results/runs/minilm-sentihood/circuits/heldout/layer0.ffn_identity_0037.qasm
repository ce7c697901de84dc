// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.239178485569005) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 860da3cee34849a3d59fa51df77f01de614526184b1d8bebd26299bfa9b68f24
