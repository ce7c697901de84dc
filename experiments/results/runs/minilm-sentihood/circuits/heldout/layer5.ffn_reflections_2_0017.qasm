// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(1.0878671965744733) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 fc2fc469892873cf599a8b5d6e2fae761621cf1504cbd64287dee0594ea078c5
