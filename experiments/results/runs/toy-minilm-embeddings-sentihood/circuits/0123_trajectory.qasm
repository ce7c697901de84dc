// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.5637865054486122) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 34fb8b1facf7902f9d637ea2fbcf4a2cf0ffe62b1d3423ed88bb0983b8ad0cf3
