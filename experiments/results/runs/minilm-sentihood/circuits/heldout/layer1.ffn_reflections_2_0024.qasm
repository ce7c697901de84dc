// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.730811557836117) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 e8df5ad6006ecde5993891a6cd4bc37800a77e3855d64d51cffbf8d3f700f657
