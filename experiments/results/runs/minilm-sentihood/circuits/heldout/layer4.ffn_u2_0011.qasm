// qlens-q circuit: its last line is a checksum of everything before it
OPENQASM 3.0;
include "stdgates.inc";
bit[1] meas;
qubit[1] q;
rz(0.2191263158547736) q[0];
ry(1.6251133887906968) q[0];
rz(0.012089994314607111) q[0];
barrier q[0];
meas[0] = measure q[0];
// qlens-q sha256 95d7bfc2041b2bc309940ff8f115fc06513732aef42ce1961a801d60180e0e30
