// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
ry(2.7681385293977145) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 5e544286d327705112fba67420d4fb5333bafa9a2ad8a8dc82aa2adf811fee21
