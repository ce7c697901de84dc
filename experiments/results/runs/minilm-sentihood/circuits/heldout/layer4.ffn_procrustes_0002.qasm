// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.327447850546214) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 97966ee670d41437c5ee707bb47f9de8048735189106b400492048835e1466fa
