// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.0682608300281133) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 735c321f78d6845152822fd54cdb2625c0cdfb4455b53fa5edd4c7dd77f63f88
