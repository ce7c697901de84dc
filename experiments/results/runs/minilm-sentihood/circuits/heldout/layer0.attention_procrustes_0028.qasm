// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(0.6305638533070325) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 9fdc3c223fb125af8cee764ef0fabf627498c6e10e6922f4e11cd28df14c87fe
