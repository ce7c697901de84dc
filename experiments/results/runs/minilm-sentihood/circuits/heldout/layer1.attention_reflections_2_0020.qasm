// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.208304689978798) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 a1e305c38ba6ac4f0c0634c1f90faa42043fe079535f4a55b8755199475b0872
